# case: a helper compares version strings with str.split, called from construct (a pattern from mindformers)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


def is_version_ge(current_version, base_version):
    for a, b in zip(current_version.split('.'), base_version.split('.')):
        if int(a) != int(b):
            return int(a) >= int(b)
    return True


def choose_dtype():
    if is_version_ge(ms.__version__, "2.2.0"):
        return ms.float16
    return ms.float32


class Net(nn.Cell):
    def construct(self, x, k):
        return ops.cast(x, choose_dtype())


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
