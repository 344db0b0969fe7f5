# case: berth approach thrust allocator prints a plain string and the tensor of thruster demands for the bridge log -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThrustAllocator(nn.Cell):
    """Allocates surge/sway/yaw demand to bow thruster and two azimuth pods."""

    def __init__(self, verbose=True):
        super().__init__()
        alloc = np.array([[0.0, 0.5, 0.5],
                          [1.0, 0.3, 0.3],
                          [0.8, -0.4, 0.4]], np.float32)
        self.alloc = Tensor(alloc)
        self.verbose = verbose

    def construct(self, demand):
        thrust = ops.matmul(demand, self.alloc)
        thrust = ops.clamp(thrust, -1.0, 1.0)
        if self.verbose:
            print("thruster demand:", thrust)
        return thrust


def make():
    np.random.seed(12)
    demand = np.random.uniform(-1, 1, (4, 3)).astype(np.float32)
    return ThrustAllocator(), (Tensor(demand),)
