# case: thin-plate-spline warp with the control-point system inverted once in __init__ (NumPy) and only matmuls in construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tps_u(r2):
    return r2 * np.log(r2 + 1e-6)


class FixedGridTPS(nn.Cell):
    def __init__(self, grid_size=3, reg=1e-3):
        super().__init__()
        lin = np.linspace(-1, 1, grid_size)
        ctrl = np.stack(np.meshgrid(lin, lin), -1).reshape(-1, 2)
        n = ctrl.shape[0]
        K = tps_u(((ctrl[:, None] - ctrl[None]) ** 2).sum(-1)) + reg * np.eye(n)
        P = np.concatenate([np.ones((n, 1)), ctrl], 1)
        L = np.block([[K, P], [P.T, np.zeros((3, 3))]])
        self.l_inv = Tensor(np.linalg.inv(L).astype(np.float32))
        self.ctrl = Tensor(ctrl.astype(np.float32))
        self.pad = Tensor(np.zeros((3, 2), np.float32))

    def construct(self, target_ctrl, query):
        coef = ops.matmul(self.l_inv, ops.concat([target_ctrl, self.pad], 0))
        d2 = ((query.expand_dims(1) - self.ctrl.expand_dims(0)) ** 2).sum(-1)
        U = d2 * ops.log(d2 + 1e-6)
        A = ops.concat([U, ops.ones((query.shape[0], 1), ms.float32), query], 1)
        return ops.matmul(A, coef)


def make():
    np.random.seed(35)
    tgt = Tensor((np.random.rand(9, 2) * 2 - 1).astype(np.float32))
    query = Tensor((np.random.rand(25, 2) * 2 - 1).astype(np.float32))
    return FixedGridTPS(), (tgt, query)
