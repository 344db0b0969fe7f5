# case: thin-plate-spline warp whose coefficients are solved on the host with np.linalg.solve on asnumpy() control points -> host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tps_kernel(r2):
    return r2 * np.log(r2 + 1e-6)


class TPSWarp(nn.Cell):
    def __init__(self, reg=1e-3):
        super().__init__()
        self.reg = reg

    def construct(self, src_pts, dst_pts, grid):
        src = src_pts.asnumpy()
        dst = dst_pts.asnumpy()
        n = src.shape[0]
        d2 = ((src[:, None, :] - src[None, :, :]) ** 2).sum(-1)
        K = tps_kernel(d2) + self.reg * np.eye(n)
        P = np.concatenate([np.ones((n, 1)), src], axis=1)
        L = np.zeros((n + 3, n + 3))
        L[:n, :n] = K
        L[:n, n:] = P
        L[n:, :n] = P.T
        Y = np.concatenate([dst, np.zeros((3, 2))], axis=0)
        coef = Tensor(np.linalg.solve(L, Y).astype(np.float32))
        g2 = ((grid[:, None, :] - src_pts[None, :, :]) ** 2).sum(-1)
        U = g2 * ops.log(g2 + 1e-6)
        ones = ops.ones((grid.shape[0], 1), ms.float32)
        A = ops.concat([U, ones, grid], axis=1)
        return ops.matmul(A, coef)


def make():
    np.random.seed(5)
    src = Tensor(np.random.rand(6, 2).astype(np.float32))
    dst = Tensor((np.random.rand(6, 2) * 0.1).astype(np.float32)) + src
    grid = Tensor(np.random.rand(20, 2).astype(np.float32))
    return TPSWarp(), (src, dst, grid)
