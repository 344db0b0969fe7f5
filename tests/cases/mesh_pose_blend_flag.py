# case: SMPL pose-corrective blend shapes enabled by a Python bool constructor flag, shapes from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoseCorrectives(nn.Cell):
    def __init__(self, num_verts=24, num_joints=5, use_pose_blend=True):
        super().__init__()
        np.random.seed(7)
        self.use_pose_blend = use_pose_blend
        n_feat = (num_joints - 1) * 9
        self.posedirs = Tensor(np.random.randn(n_feat, num_verts * 3).astype(np.float32) * 1e-3)
        self.eye = Tensor(np.eye(3, dtype=np.float32))

    def construct(self, v_shaped, rot_mats):
        # v_shaped: (B, V, 3), rot_mats: (B, J, 3, 3)
        b, v, _ = v_shaped.shape
        if self.use_pose_blend:
            pose_feat = (rot_mats[:, 1:] - self.eye).reshape(b, -1)
            offsets = ops.matmul(pose_feat, self.posedirs).reshape(b, v, 3)
            return v_shaped + offsets
        return v_shaped


def make():
    np.random.seed(0)
    v = Tensor(np.random.randn(2, 24, 3).astype(np.float32))
    r = Tensor(np.tile(np.eye(3, dtype=np.float32), (2, 5, 1, 1)) + 0.01)
    return PoseCorrectives(), (v, r)
