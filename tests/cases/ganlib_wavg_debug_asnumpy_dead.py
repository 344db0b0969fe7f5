# case: mapping network w_avg update where a .asnumpy() debug dump sits behind config.debug_dump (default False, never set) -> the NumPy path is never taken, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MappingConfig:
    def __init__(self, z_dim=16, w_dim=16, num_layers=2, w_avg_beta=0.995, debug_dump=False):
        self.z_dim = z_dim
        self.w_dim = w_dim
        self.num_layers = num_layers
        self.w_avg_beta = w_avg_beta
        self.debug_dump = debug_dump


class MappingNetwork(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.beta = config.w_avg_beta
        self.debug_dump = config.debug_dump
        self.net = nn.SequentialCell([nn.Dense(config.z_dim if i == 0 else config.w_dim, config.w_dim, activation="relu")
                                      for i in range(config.num_layers)])
        self.w_avg = ms.Parameter(Tensor(np.zeros(config.w_dim, np.float32)), name="w_avg", requires_grad=False)

    def _update_w_avg(self, w):
        new_avg = ops.lerp(w.mean(axis=0), self.w_avg, self.beta)
        if self.debug_dump:
            np.save("w_avg.npy", new_avg.asnumpy())
        ops.assign(self.w_avg, new_avg)
        return new_avg

    def construct(self, z):
        w = self.net(z)
        if self.training:
            self._update_w_avg(ops.stop_gradient(w))
        return w


def make():
    np.random.seed(3565)
    net = MappingNetwork(MappingConfig())
    net.set_train(True)
    z = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (z,)
