# case: segmentation net counts pixels per class with one_hot + sum over a fixed class count (near miss of unique); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_CLASSES = 4


class SegNet(nn.Cell):
    def __init__(self, use_aux=True):
        super().__init__()
        self.use_aux = use_aux
        self.enc = nn.SequentialCell([
            nn.Conv2d(3, 8, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.dec = nn.Conv2dTranspose(16, 8, 2, stride=2)
        self.cls = nn.Conv2d(8, N_CLASSES, 1, has_bias=True)
        self.aux = nn.Conv2d(16, N_CLASSES, 1, has_bias=True)

    def construct(self, img):
        x = self.enc(img)
        aux = self.aux(x) if self.use_aux else None
        x = ops.relu(self.dec(x))
        logits = self.cls(x)
        pred = logits.argmax(axis=1).reshape(-1)
        onehot = ops.one_hot(pred, N_CLASSES, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0)
        present = counts > 0
        if self.use_aux:
            logits = logits + 0.4 * ops.interpolate(aux, size=logits.shape[2:], mode="nearest")
        return logits, counts, present


def make():
    return SegNet(), (Tensor(np.random.randn(1, 3, 16, 16).astype(np.float32)),)
