# case: bottom-up assembly allocating a (num_people, K, 3) pose buffer where num_people comes from the max group id -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoseAssembler(nn.Cell):
    def __init__(self, num_joints=17):
        super().__init__()
        self.num_joints = num_joints

    def _num_people(self, group_ids):
        return group_ids.max() + 1

    def construct(self, joint_xy, joint_score, joint_type, group_ids):
        num_people = self._num_people(group_ids)
        slot = group_ids * self.num_joints + joint_type
        flat = ops.zeros((num_people * self.num_joints, 3), ms.float32)
        entry = ops.concat([joint_xy, joint_score.expand_dims(-1)], axis=-1)
        flat = ops.tensor_scatter_elements(flat, ops.tile(slot.expand_dims(-1), (1, 3)), entry, axis=0)
        return flat.reshape(-1, self.num_joints, 3)


def make():
    np.random.seed(16)
    m = 12
    xy = (np.random.rand(m, 2) * 64).astype(np.float32)
    sc = np.random.rand(m).astype(np.float32)
    jt = np.random.randint(0, 17, size=m).astype(np.int32)
    gid = np.random.randint(0, 3, size=m).astype(np.int32)
    return PoseAssembler(), (Tensor(xy), Tensor(sc), Tensor(jt), Tensor(gid))
