# case: iterative error-feedback regressor refining SMPL pose/shape/cam with a fixed number of stages from nn.CellList -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineStage(nn.Cell):
    def __init__(self, feat_dim, param_dim, hidden=32):
        super().__init__()
        self.fc1 = nn.Dense(feat_dim + param_dim, hidden)
        self.fc2 = nn.Dense(hidden, param_dim)
        self.relu = nn.ReLU()

    def construct(self, feat, params):
        x = ops.concat((feat, params), axis=1)
        return params + self.fc2(self.relu(self.fc1(x)))


class IEFRegressor(nn.Cell):
    def __init__(self, feat_dim=48, n_pose=24, n_betas=10, n_cam=3, n_iter=3):
        super().__init__()
        self.param_dim = n_pose + n_betas + n_cam
        self.stages = nn.CellList([RefineStage(feat_dim, self.param_dim) for _ in range(n_iter)])
        self.init_params = Tensor(np.zeros((1, self.param_dim), np.float32))

    def construct(self, feat):
        params = ops.tile(self.init_params, (feat.shape[0], 1))
        for stage in self.stages:
            params = stage(feat, params)
        return params


def make():
    np.random.seed(0)
    feat = Tensor(np.random.randn(4, 48).astype(np.float32))
    return IEFRegressor(), (feat,)
