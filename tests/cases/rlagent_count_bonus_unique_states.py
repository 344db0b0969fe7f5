# case: count-based exploration bonus from unique visited state ids in the batch -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CountExplorationBonus(nn.Cell):
    def __init__(self, beta=0.1, min_count=1.0):
        super().__init__()
        self.beta = beta
        self.min_count = min_count

    def _bonus_from_counts(self, counts):
        counts = ops.maximum(counts, ops.ones_like(counts) * self.min_count)
        return self.beta / ops.sqrt(counts)

    def construct(self, state_ids, extrinsic_reward):
        # state_ids: [B] int32 hashed states, extrinsic_reward: [B]
        uniq, inverse = ops.unique(state_ids)
        ones = ops.ones_like(extrinsic_reward)
        counts = ops.unsorted_segment_sum(ones, inverse, uniq.shape[0])
        bonus = self._bonus_from_counts(counts)
        return extrinsic_reward + ops.gather(bonus, inverse, 0)


def make():
    np.random.seed(3)
    ids = Tensor(np.array([4, 7, 4, 1, 7, 7, 9, 1], np.int32))
    rew = Tensor(np.random.rand(8).astype(np.float32))
    return CountExplorationBonus(), (ids, rew)
