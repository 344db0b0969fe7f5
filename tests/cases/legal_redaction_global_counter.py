# case: redaction cell that tallies how many tokens were redacted in a module-level global dict from inside construct -> global mutable state written in construct, error or silently dropped in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REDACTION_STATS = {"tokens": 0, "calls": 0}


class CountingRedactor(nn.Cell):
    def __init__(self, mask_id=0):
        super().__init__()
        self.mask_id = mask_id

    def construct(self, token_ids, sensitive):
        masked = ops.where(sensitive, ops.full_like(token_ids, self.mask_id), token_ids)
        REDACTION_STATS["tokens"] = REDACTION_STATS["tokens"] + sensitive.astype(ms.int32).sum()
        REDACTION_STATS["calls"] = REDACTION_STATS["calls"] + 1
        return masked


def make():
    np.random.seed(32)
    ids = Tensor(np.random.randint(1, 50, size=(2, 12)).astype(np.int32))
    sens = Tensor(np.random.rand(2, 12) > 0.7)
    return CountingRedactor(), (ids, sens)
