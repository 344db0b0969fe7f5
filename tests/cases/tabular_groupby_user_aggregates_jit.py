# case: @ms.jit group-by aggregation of transaction amounts per user with num_segments taken from max user id -> dynamic shape at line 12
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def user_aggregate_features(user_ids, amounts):
    """Per-row features: user's mean amount and the row's deviation from it."""
    n_users = user_ids.max() + 1
    ones = ops.ones_like(amounts)
    totals = ops.unsorted_segment_sum(amounts, user_ids, n_users)
    counts = ops.unsorted_segment_sum(ones, user_ids, n_users)
    user_mean = totals / ops.maximum(counts, 1.0)
    row_mean = ops.gather(user_mean, user_ids, 0)
    deviation = amounts - row_mean
    log_count = ops.log1p(ops.gather(counts, user_ids, 0))
    return ops.stack((row_mean, deviation, log_count), axis=1)


def make():
    np.random.seed(15)
    user_ids = Tensor(np.array([0, 3, 1, 0, 3, 3, 2], dtype=np.int32))
    amounts = Tensor((np.random.rand(7) * 100).astype(np.float32))
    return user_aggregate_features, (user_ids, amounts)
