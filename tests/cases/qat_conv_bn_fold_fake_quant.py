# case: QAT conv with batch-norm folding: folds gamma/sqrt(var+eps) into weights, per-channel fake-quants the folded weight, adds folded bias -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBNFoldQuant(nn.Cell):
    def __init__(self, in_ch=3, out_ch=4, kernel=3, num_bits=8, eps=1e-5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(out_ch, eps=eps)
        self.eps = eps
        self.qmax = 2 ** (num_bits - 1) - 1

    def fold(self):
        std = ops.sqrt(self.bn.moving_variance + self.eps)
        factor = self.bn.gamma / std
        w_fold = self.conv.weight * factor.reshape(-1, 1, 1, 1)
        b_fold = self.bn.beta - self.bn.moving_mean * factor
        return w_fold, b_fold

    def fake_quant_weight(self, w):
        scale = ops.amax(ops.abs(w), axis=(1, 2, 3), keepdims=True) / self.qmax
        return ops.clamp(ops.round(w / scale), -self.qmax, self.qmax) * scale

    def construct(self, x):
        w_fold, b_fold = self.fold()
        wq = self.fake_quant_weight(w_fold)
        y = ops.conv2d(x, wq, pad_mode="same")
        return y + b_fold.reshape(1, -1, 1, 1)


def make():
    np.random.seed(104)
    x = Tensor(np.random.randn(2, 3, 6, 6).astype(np.float32))
    return ConvBNFoldQuant(), (x,)
