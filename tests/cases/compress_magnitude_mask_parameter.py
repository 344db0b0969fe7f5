# case: unstructured magnitude pruning with the binary mask stored as a non-trainable Parameter and refreshed with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedDense(nn.Cell):
    def __init__(self, in_features=10, out_features=6, prune_ratio=0.5, update_mask=True):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_features, in_features).astype(np.float32) * 0.2), name="w")
        self.bias = Parameter(Tensor(np.zeros(out_features, np.float32)), name="b")
        self.mask = Parameter(Tensor(np.ones((out_features, in_features), np.float32)), name="mask", requires_grad=False)
        self.num_prune = int(prune_ratio * out_features * in_features)
        self.update_mask = update_mask

    def _recompute_mask(self):
        mag = ops.abs(self.weight).reshape(-1)
        sorted_mag, _ = ops.sort(mag)
        thresh = sorted_mag[self.num_prune]
        new_mask = (ops.abs(self.weight) >= thresh).astype(ms.float32)
        ops.assign(self.mask, new_mask)
        return new_mask

    def construct(self, x):
        mask = self._recompute_mask() if self.update_mask else self.mask
        w = self.weight * mask
        return ops.matmul(x, w.T) + self.bias


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(3, 10).astype(np.float32))
    return MaskedDense(), (x,)
