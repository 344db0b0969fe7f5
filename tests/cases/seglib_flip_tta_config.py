# case: flip test-time augmentation wrapper that averages softmax of the model on the image and its horizontal flip, direction chosen by config string in __init__ and flip enabled by a default flag -> flip axis is a Python constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TTAConfig:
    flip = True
    flip_direction = "horizontal"
    align_corners = False
    output_logits = False


FLIP_DIM = {"horizontal": 3, "vertical": 2}


class TinySegmentor(nn.Cell):
    def __init__(self, num_classes=4):
        super().__init__()
        self.backbone = nn.SequentialCell([nn.Conv2d(3, 8, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.cls = nn.Conv2d(8, num_classes, 1, has_bias=True)

    def construct(self, img):
        return self.cls(self.backbone(img))


class FlipTTA(nn.Cell):
    def __init__(self, model, config):
        super().__init__()
        self.model = model
        self.flip = config.flip
        self.flip_dim = FLIP_DIM[config.flip_direction]
        self.align_corners = config.align_corners
        self.output_logits = config.output_logits

    def _infer(self, img):
        logit = self.model(img)
        logit = ops.interpolate(logit, size=img.shape[2:], mode="bilinear", align_corners=self.align_corners)
        return logit if self.output_logits else ops.softmax(logit, axis=1)

    def construct(self, img):
        out = self._infer(img)
        if self.flip:
            flipped = self._infer(ops.flip(img, dims=(self.flip_dim,)))
            out = (out + ops.flip(flipped, dims=(self.flip_dim,))) / 2
        return out


def make():
    np.random.seed(3468)
    img = Tensor(np.random.randn(1, 3, 16, 16).astype(np.float32))
    return FlipTTA(TinySegmentor(), TTAConfig()), (img,)
