# case: calls ops.narrow with a length from int() of a tensor's max value; LAX falls back to the interpreter for int() and infers a dynamic shape, STRICT fails because narrow's argument check needs a constant length
import numpy as np
import mindspore
import mindspore.ops as ops
from mindspore import nn, Tensor


class CropToLongest(nn.Cell):
    def construct(self, tokens, lengths):
        longest = int(lengths.max())
        return ops.narrow(tokens, 1, 0, longest)


def make():
    tokens = Tensor(np.arange(24).reshape(2, 12).astype(np.float32))
    lengths = Tensor(np.array([5, 7], np.int32))
    return CropToLongest(), (tokens, lengths)
