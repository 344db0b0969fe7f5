# case: finds missing joints (NaN-marked as zero confidence) with nonzero and scatters the wrist position into them -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MissingJointFiller(nn.Cell):
    def __init__(self, wrist_index=0):
        super().__init__()
        self.wrist_index = wrist_index

    def construct(self, joints, joint_conf):
        # joints: (21, 3), joint_conf: (21,)
        missing = ops.nonzero(joint_conf < 0.1)
        idx = missing[:, 0]
        wrist = joints[self.wrist_index]
        fill = ops.tile(wrist.expand_dims(0), (idx.shape[0], 1))
        out = ops.tensor_scatter_update(joints, idx.reshape(-1, 1), fill)
        return out


def make():
    np.random.seed(4)
    joints = Tensor(np.random.randn(21, 3).astype(np.float32))
    conf = np.random.rand(21).astype(np.float32)
    conf[[3, 7, 15]] = 0.0
    return MissingJointFiller(), (joints, Tensor(conf))
