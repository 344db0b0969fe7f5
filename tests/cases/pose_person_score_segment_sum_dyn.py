# case: per-person pose score by unsorted_segment_sum of joint scores with num_segments = number of distinct persons in data -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PersonScoreAggregator(nn.Cell):
    def __init__(self, min_joints=3, joint_thr=0.2):
        super().__init__()
        self.min_joints = min_joints
        self.joint_thr = joint_thr

    def construct(self, joint_scores, person_ids):
        num_persons = (person_ids.max() + 1).astype(ms.int32)
        good = (joint_scores > self.joint_thr).astype(ms.float32)
        tot = ops.unsorted_segment_sum(joint_scores * good, person_ids, num_persons)
        cnt = ops.unsorted_segment_sum(good, person_ids, num_persons)
        mean = tot / ops.clamp(cnt, min=1.0)
        return ops.where(cnt >= self.min_joints, mean, ops.zeros_like(mean))


def make():
    np.random.seed(17)
    scores = np.random.rand(30).astype(np.float32)
    ids = np.random.randint(0, 4, size=30).astype(np.int32)
    return PersonScoreAggregator(), (Tensor(scores), Tensor(ids))
