# case: Monte-Carlo dropout segmentation head that logs the mean predictive variance with an f-string when verbose -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MCDropoutSegHead(nn.Cell):
    def __init__(self, in_ch=1, num_classes=2, p=0.3, n_samples=4, verbose=True):
        super().__init__()
        self.conv1 = nn.Conv3d(in_ch, 6, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv3d(6, num_classes, 1, has_bias=True)
        self.act = nn.ReLU()
        self.p = p
        self.n_samples = n_samples
        self.verbose = verbose

    def _sample(self, x):
        h = self.act(self.conv1(x))
        h = ops.dropout(h, p=self.p, training=True)
        return ops.softmax(self.conv2(h), axis=1)

    def construct(self, x):
        samples = [self._sample(x) for _ in range(self.n_samples)]
        stack = ops.stack(samples)
        mean = stack.mean(0)
        var = ((stack - mean) ** 2).mean(0)
        if self.verbose:
            print(f"MC dropout: {self.n_samples} samples, mean variance {var.mean()}")
        return mean, var


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(1, 1, 6, 6, 6).astype(np.float32))
    return MCDropoutSegHead(), (x,)
