# case: group claim amounts by policy id using unique and unsorted_segment_sum with the number of unique ids -> unique output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyTotals(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, policy_ids, amounts):
        uniq_ids, inverse = ops.unique(policy_ids)
        n_policies = uniq_ids.shape[0]
        totals = ops.unsorted_segment_sum(amounts, inverse, n_policies)
        counts = ops.unsorted_segment_sum(ops.ones_like(amounts), inverse, n_policies)
        return uniq_ids, totals, totals / counts


def make():
    np.random.seed(3)
    ids = Tensor(np.random.randint(100, 108, size=(25,)).astype(np.int32))
    amts = Tensor(np.random.gamma(1.5, 1200.0, size=(25,)).astype(np.float32))
    return PolicyTotals(), (ids, amts)
