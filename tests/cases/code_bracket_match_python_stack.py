# case: bracket matcher pushes/pops a Python list stack under tensor-valued conditions in a loop -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BracketMatcher(nn.Cell):
    """Returns, for each position, the index of its matching bracket (or -1)."""

    def __init__(self, open_id=1, close_id=2):
        super().__init__()
        self.open_id = open_id
        self.close_id = close_id

    def construct(self, tokens):
        seq_len = tokens.shape[0]
        partner = ops.full((seq_len,), -1, dtype=ms.int32)
        stack = []
        for i in range(seq_len):
            tok = tokens[i]
            if tok == self.open_id:
                stack.append(i)
            elif tok == self.close_id:
                if stack:
                    j = stack.pop()
                    partner[i] = j
                    partner[j] = i
        return partner


def make():
    tokens = Tensor(np.array([1, 5, 1, 2, 6, 2, 1, 2], np.int32))
    return BracketMatcher(), (tokens,)
