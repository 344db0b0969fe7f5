# case: counts per-clip class votes in a dict keyed by int(pred) of each clip -> error, dict keyed by tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MajorityVote(nn.Cell):
    def __init__(self, num_clips=5):
        super().__init__()
        self.num_clips = num_clips

    def construct(self, clip_logits):
        preds = clip_logits.argmax(axis=-1)
        votes = {}
        for i in range(self.num_clips):
            c = int(preds[i])
            votes[c] = votes.get(c, 0) + 1
        winner = max(votes, key=votes.get)
        return Tensor(winner, ms.int32)


def make():
    np.random.seed(16)
    clip_logits = Tensor(np.random.randn(5, 7).astype(np.float32))
    return MajorityVote(), (clip_logits,)
