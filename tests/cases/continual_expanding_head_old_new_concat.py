# case: class-incremental expanding classifier concatenates frozen old-class logits with the new head, sizes from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpandableClassifier(nn.Cell):
    def __init__(self, in_dim=8, old_classes=5, new_classes=3, old_head=None, bias_correction=True):
        super().__init__()
        self.features = nn.SequentialCell([nn.Dense(in_dim, 12), nn.ReLU()])
        self.old_head = old_head if isinstance(old_head, nn.Cell) else nn.Dense(12, old_classes)
        self.new_head = nn.Dense(12, new_classes)
        self.bias_correction = bias_correction
        self.bic_alpha = ms.Parameter(Tensor(1.0, ms.float32), name="bic_alpha")
        self.bic_beta = ms.Parameter(Tensor(0.0, ms.float32), name="bic_beta")

    def new_logits(self, h):
        z = self.new_head(h)
        if self.bias_correction:
            z = self.bic_alpha * z + self.bic_beta
        return z

    def construct(self, x):
        h = self.features(x)
        old = ops.stop_gradient(self.old_head(h))
        return ops.concat((old, self.new_logits(h)), axis=1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return ExpandableClassifier(), (x,)
