# case: partial-parameter sharing sends the first k rows with k from a config ratio and the tensor shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfigParameterSharing(nn.Cell):
    def __init__(self, share_ratio=0.5, scale=0.5, keep_tail_local=True):
        super().__init__()
        self.share_ratio = share_ratio
        self.scale = scale
        self.keep_tail_local = keep_tail_local

    def _num_rows(self, rows):
        return max(1, int(rows * self.share_ratio))

    def construct(self, param_delta, local_w):
        k = self._num_rows(param_delta.shape[0])
        shared = param_delta[:k] * self.scale
        if self.keep_tail_local:
            tail = local_w[k:]
        else:
            tail = ops.zeros_like(local_w[k:])
        return ops.concat((shared, tail), axis=0)


def make():
    np.random.seed(19)
    d = Tensor(np.random.randn(8, 3).astype(np.float32))
    w = Tensor(np.random.randn(8, 3).astype(np.float32))
    return ConfigParameterSharing(), (d, w)
