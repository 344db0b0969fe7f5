# case: species classifier replaces NaN logits from corrupt frames with zeros via ops.isnan and ops.select -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustSpeciesClassifier(nn.Cell):
    def __init__(self, in_ch=3, num_species=6):
        super().__init__()
        self.backbone = nn.SequentialCell(
            nn.Conv2d(in_ch, 8, 3, pad_mode="same"),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.cls = nn.Dense(8, num_species)

    def construct(self, img):
        logits = self.cls(self.backbone(img))
        bad = ops.isnan(logits)
        logits = ops.select(bad, ops.zeros_like(logits), logits)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(15)
    img = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return RobustSpeciesClassifier(), (img,)
