# case: forward kinematics over a fixed SMPL-like parent list with a constant Python loop composing 4x4 transforms -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PARENTS = [-1, 0, 1, 2, 0, 4, 5]


class ForwardKinematics(nn.Cell):
    def __init__(self, parents=None):
        super().__init__()
        self.parents = PARENTS if parents is None else parents

    def make_transform(self, rot, t):
        # rot: (B, 3, 3), t: (B, 3) -> (B, 4, 4)
        b = rot.shape[0]
        top = ops.concat((rot, t.reshape(b, 3, 1)), axis=2)
        bottom = ops.broadcast_to(Tensor([[[0.0, 0.0, 0.0, 1.0]]], ms.float32), (b, 1, 4))
        return ops.concat((top, bottom), axis=1)

    def construct(self, rots, joints):
        # rots: (B, J, 3, 3), joints: (B, J, 3)
        chain = [self.make_transform(rots[:, 0], joints[:, 0])]
        for i in range(1, len(self.parents)):
            p = self.parents[i]
            rel = joints[:, i] - joints[:, p]
            local = self.make_transform(rots[:, i], rel)
            chain.append(ops.matmul(chain[p], local))
        return ops.stack(chain, axis=1)


def make():
    np.random.seed(0)
    rots = Tensor(np.tile(np.eye(3, dtype=np.float32), (2, 7, 1, 1)))
    joints = Tensor(np.random.randn(2, 7, 3).astype(np.float32))
    return ForwardKinematics(), (rots, joints)
