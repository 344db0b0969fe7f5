# case: top-k sampler receives k as a tensor and calls topk with int(k) -> graph mode cannot use a tensor value as the topk size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DynamicTopK(nn.Cell):
    def __init__(self, filter_value=-1e4):
        super().__init__()
        self.filter_value = filter_value

    def construct(self, logits, k):
        k_val = int(k)
        vals, _ = ops.topk(logits, k_val)
        threshold = vals[:, -1:]
        return ops.where(logits < threshold, ops.full_like(logits, self.filter_value), logits)


def make():
    np.random.seed(2)
    logits = Tensor(np.random.randn(2, 16).astype(np.float32))
    k = Tensor(5, ms.int32)
    return DynamicTopK(), (logits, k)
