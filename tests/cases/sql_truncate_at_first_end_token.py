# case: post-processing finds the first END token with argmax over a boolean mask and slices the generated SQL ids up to that position -> slice bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EndTruncator(nn.Cell):
    def __init__(self, end_id=1):
        super().__init__()
        self.end_id = end_id

    def first_end(self, ids):
        is_end = (ids == self.end_id).astype(ms.int32)
        return ops.argmax(is_end, dim=0)

    def construct(self, generated_ids, token_logp):
        stop = self.first_end(generated_ids)
        sql_ids = generated_ids[:stop]
        score = token_logp[:stop].sum()
        return sql_ids, score


def make():
    np.random.seed(26)
    ids = Tensor(np.array([4, 8, 3, 9, 1, 0, 0, 0], dtype=np.int32))
    logp = Tensor(np.log(np.random.rand(8)).astype(np.float32))
    return EndTruncator(), (ids, logp)
