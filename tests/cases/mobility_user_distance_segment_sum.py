# case: per-user travelled distance via unsorted_segment_sum with the number of users read from the ids -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def step_distance(xy_from, xy_to):
    d = xy_to - xy_from
    return ops.sqrt((d * d).sum(axis=-1))


class UserMobilityStats(nn.Cell):
    """Aggregates trip-leg distances into per-user totals and a normalised share."""

    def __init__(self, scale_km=1000.0):
        super().__init__()
        self.scale = scale_km

    def num_users(self, user_ids):
        return user_ids.max() + 1

    def construct(self, user_ids, xy_from, xy_to):
        legs = step_distance(xy_from, xy_to) / self.scale
        n_users = self.num_users(user_ids)
        per_user = ops.unsorted_segment_sum(legs, user_ids, n_users)
        trips = ops.unsorted_segment_sum(ops.ones_like(legs), user_ids, n_users)
        return per_user, per_user / ops.clamp(trips, min=1.0)


def make():
    np.random.seed(14)
    uid = np.random.randint(0, 4, size=12).astype(np.int32)
    a = np.random.rand(12, 2).astype(np.float32) * 5000
    b = np.random.rand(12, 2).astype(np.float32) * 5000
    return UserMobilityStats(), (Tensor(uid), Tensor(a), Tensor(b))
