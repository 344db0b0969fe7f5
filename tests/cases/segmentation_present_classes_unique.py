# case: segmentation net reports which classes appear via ops.unique on the argmax map and a per-class pixel count; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_CLASSES = 4


class SegNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.enc = nn.SequentialCell([
            nn.Conv2d(3, 8, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, pad_mode="same"), nn.ReLU()])
        self.dec = nn.Conv2dTranspose(16, 8, 2, stride=2)
        self.cls = nn.Conv2d(8, N_CLASSES, 1, has_bias=True)

    def construct(self, img):
        x = self.enc(img)
        x = ops.relu(self.dec(x))
        logits = self.cls(x)
        pred = logits.argmax(axis=1).reshape(-1)
        classes, inverse = ops.unique(pred)
        counts = ops.unsorted_segment_sum(ops.ones_like(pred).astype(ms.float32), inverse,
                                          classes.shape[0])
        return logits, classes, counts


def make():
    return SegNet(), (Tensor(np.random.randn(1, 3, 16, 16).astype(np.float32)),)
