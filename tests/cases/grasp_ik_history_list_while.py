# case: IK refinement loop that appends every intermediate joint configuration to a Python list while the tensor error exceeds tolerance, then stacks the history -> list grown in data-dependent while loop is unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IKRefiner(nn.Cell):
    def __init__(self, gain=0.3, tol=1e-2):
        super().__init__()
        self.gain = gain
        self.tol = tol
        self.jac = Tensor(np.array([[0.9, 0.1, 0.0], [0.0, 0.8, 0.2]], np.float32))

    def fk(self, q):
        return ops.matmul(self.jac, q)

    def construct(self, q, target):
        history = [q]
        err = target - self.fk(q)
        while ops.norm(err) > self.tol:
            q = q + self.gain * ops.matmul(self.jac.T, err)
            history.append(q)
            err = target - self.fk(q)
        return ops.stack(history), err


def make():
    np.random.seed(3)
    q = Tensor(np.zeros(3, np.float32))
    target = Tensor(np.array([0.4, 0.2], np.float32))
    return IKRefiner(), (q, target)
