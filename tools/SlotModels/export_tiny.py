#!/usr/bin/python3
"""Exports one tiny, untrained-but-deterministic ONNX model per model slot, with exactly the signature that
docs/models.md gives for the slot, so the tests run each slot's real loading and inference path.

Run with Debian's torch (apt-get install -y python3-torch; 1.13.1):
    /usr/bin/python3 tools/SlotModels/export_tiny.py tests/Pipeline.Tests/Models/Tiny
The weights are fixed by hand (no training, no randomness), so the outputs are predictable and the files are a few
KB. Tests check behaviour (an edge detector that finds an edge, an inpainter that fills only the hole, a generator
that gives an RGBA sprite), not that the models are good.
"""
import os
import sys

import torch
from torch import nn

OPSET = 17


class TinySketch(nn.Module):
    """image [1,3,H,W] RGB 0..1 -> edges [1,1,H,W] 0..1: the luma gradient magnitude (Sobel), squashed."""

    def __init__(self):
        super().__init__()
        self.luma = nn.Conv2d(3, 1, 1, bias=False)
        self.luma.weight.data = torch.tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)
        self.sobel = nn.Conv2d(1, 2, 3, padding=1, bias=False)
        gx = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]) / 8
        self.sobel.weight.data = torch.stack([gx, gx.t()]).unsqueeze(1)

    def forward(self, image):
        g = self.sobel(self.luma(image))
        magnitude = torch.sqrt((g * g).sum(dim=1, keepdim=True) + 1e-8)
        return torch.clamp(magnitude * 8.0, 0.0, 1.0)


class TinyInpaint(nn.Module):
    """image [1,3,H,W] 0..1 + mask [1,1,H,W] (1 = fill) -> inpainted [1,3,H,W]: holes take a wide local mean of the known pixels."""

    def __init__(self):
        super().__init__()
        self.spread = nn.AvgPool2d(9, stride=1, padding=4, count_include_pad=False)

    def forward(self, image, mask):
        known = 1.0 - mask
        filled = image * known
        weight = known
        for _ in range(4):
            filled = self.spread(filled)
            weight = self.spread(weight)
        estimate = filled / (weight + 1e-4)
        return image * known + estimate * mask


class TinyForeground(nn.Module):
    """class_index [1] int64 + noise [1,8] -> rgba [1,4,32,32] 0..1: a disc in the class's colour on transparency."""

    def __init__(self, classes=4):
        super().__init__()
        self.colours = nn.Embedding(classes, 3)
        self.colours.weight.data = torch.tensor([[0.9, 0.2, 0.2], [0.2, 0.7, 0.3], [0.2, 0.3, 0.9], [0.9, 0.8, 0.2]])[:classes]
        ys, xs = torch.meshgrid(torch.linspace(-1, 1, 32), torch.linspace(-1, 1, 32), indexing="ij")
        self.register_buffer("disc", torch.clamp((0.8 - torch.sqrt(xs * xs + ys * ys)) * 20.0, 0.0, 1.0).view(1, 1, 32, 32))

    def forward(self, class_index, noise):
        colour = self.colours(class_index).view(1, 3, 1, 1) + 0.0 * noise.sum()
        rgb = colour.expand(1, 3, 32, 32)
        return torch.cat([rgb, self.disc], dim=1)


class TinyStylize(nn.Module):
    """content [1,3,H,W] + style [1,3,Hs,Ws] (0..1) -> stylized [1,3,H,W]: the content pulled halfway to the style's mean colour."""

    def forward(self, content, style):
        return 0.5 * content + 0.5 * style.mean(dim=(2, 3), keepdim=True)


def main(folder):
    os.makedirs(folder, exist_ok=True)
    h = w = 32
    dynamic = {"image": {2: "height", 3: "width"}}
    torch.onnx.export(TinySketch().eval(), (torch.rand(1, 3, h, w),), os.path.join(folder, "sketch.onnx"),
                      input_names=["image"], output_names=["edges"], opset_version=OPSET,
                      dynamic_axes={**dynamic, "edges": {2: "height", 3: "width"}})
    torch.onnx.export(TinyInpaint().eval(), (torch.rand(1, 3, h, w), torch.zeros(1, 1, h, w)), os.path.join(folder, "inpaint.onnx"),
                      input_names=["image", "mask"], output_names=["inpainted"], opset_version=OPSET,
                      dynamic_axes={**dynamic, "mask": {2: "height", 3: "width"}, "inpainted": {2: "height", 3: "width"}})
    torch.onnx.export(TinyForeground().eval(), (torch.tensor([1]), torch.zeros(1, 8)), os.path.join(folder, "foreground.onnx"),
                      input_names=["class_index", "noise"], output_names=["rgba"], opset_version=OPSET)
    torch.onnx.export(TinyStylize().eval(), (torch.rand(1, 3, h, w), torch.rand(1, 3, h, w)), os.path.join(folder, "stylize.onnx"),
                      input_names=["content", "style"], output_names=["stylized"], opset_version=OPSET,
                      dynamic_axes={"content": {2: "height", 3: "width"}, "style": {2: "sh", 3: "sw"}, "stylized": {2: "height", 3: "width"}})
    for name in sorted(os.listdir(folder)):
        print(name, os.path.getsize(os.path.join(folder, name)), "bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/Pipeline.Tests/Models/Tiny")
