# case: wraps a linear least-squares IK step in try/except to fall back to a transpose step if the solve fails -> try/except in construct is not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeIKStep(nn.Cell):
    def __init__(self, damping=0.05):
        super().__init__()
        self.damping = damping

    def damped_pinv_step(self, jac, err):
        jjt = ops.matmul(jac, jac.T) + self.damping * ops.eye(jac.shape[0], jac.shape[0], ms.float32)
        return ops.matmul(jac.T, ops.matmul(ops.inverse(jjt), err))

    def construct(self, jac, err):
        try:
            dq = self.damped_pinv_step(jac, err)
        except RuntimeError:
            dq = 0.1 * ops.matmul(jac.T, err)
        return dq


def make():
    np.random.seed(15)
    jac = Tensor(np.random.randn(3, 6).astype(np.float32))
    err = Tensor(np.random.randn(3).astype(np.float32) * 0.01)
    return SafeIKStep(), (jac, err)
