# case: Martinez-style 2D-to-3D lifting baseline with residual linear blocks, batchnorm, dropout flag and root-relative output -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualLinear(nn.Cell):
    def __init__(self, width=128, dropout=0.5, use_bn=True):
        super().__init__()
        self.fc1 = nn.Dense(width, width)
        self.fc2 = nn.Dense(width, width)
        self.bn1 = nn.BatchNorm1d(width) if use_bn else nn.Identity()
        self.bn2 = nn.BatchNorm1d(width) if use_bn else nn.Identity()
        self.drop = nn.Dropout(p=dropout)
        self.act = nn.ReLU()

    def construct(self, x):
        y = self.drop(self.act(self.bn1(self.fc1(x))))
        y = self.drop(self.act(self.bn2(self.fc2(y))))
        return x + y


class PoseLifter(nn.Cell):
    def __init__(self, num_joints=16, width=128, num_blocks=2, root_relative=True):
        super().__init__()
        self.num_joints = num_joints
        self.root_relative = root_relative
        self.inp = nn.Dense(num_joints * 2, width)
        self.blocks = nn.SequentialCell([ResidualLinear(width) for _ in range(num_blocks)])
        self.out = nn.Dense(width, num_joints * 3)

    def construct(self, kpts2d):
        b = kpts2d.shape[0]
        x = self.blocks(self.inp(kpts2d.reshape(b, -1)))
        pose3d = self.out(x).reshape(b, self.num_joints, 3)
        if self.root_relative:
            pose3d = pose3d - pose3d[:, :1]
        return pose3d


def make():
    np.random.seed(30)
    k = np.random.randn(4, 16, 2).astype(np.float32)
    net = PoseLifter()
    net.set_train(False)
    return net, (Tensor(k),)
