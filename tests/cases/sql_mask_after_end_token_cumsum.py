# case: sequence loss masks every position after the first END token using a cumulative sum over the END indicator (no slicing) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SqlSequenceLoss(nn.Cell):
    def __init__(self, end_id=1):
        super().__init__()
        self.end_id = end_id
        self.nll = nn.NLLLoss(reduction="none")

    def live_mask(self, ids):
        is_end = (ids == self.end_id).astype(ms.int32)
        seen_before = ops.cumsum(is_end, axis=1) - is_end
        return (seen_before == 0).astype(ms.float32)

    def construct(self, logits, target_ids):
        b, t, v = logits.shape
        logp = ops.log_softmax(logits, axis=-1).reshape(b * t, v)
        tok_loss = self.nll(logp, target_ids.reshape(b * t)).reshape(b, t)
        mask = self.live_mask(target_ids)
        return (tok_loss * mask).sum() / mask.sum()


def make():
    np.random.seed(32)
    logits = Tensor(np.random.randn(2, 6, 10).astype(np.float32))
    tgt = np.random.randint(2, 10, size=(2, 6)).astype(np.int32)
    tgt[0, 3] = 1
    tgt[1, 5] = 1
    return SqlSequenceLoss(), (logits, Tensor(tgt))
