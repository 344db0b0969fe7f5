# case: mapping network updates its moving average of w during training and keeps a NumPy copy for the truncation-trick UI via .asnumpy() inside construct -> asnumpy on a graph tensor, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MappingConfig:
    def __init__(self, z_dim=16, w_dim=16, num_layers=2, w_avg_beta=0.995, track_numpy_avg=True):
        self.z_dim = z_dim
        self.w_dim = w_dim
        self.num_layers = num_layers
        self.w_avg_beta = w_avg_beta
        self.track_numpy_avg = track_numpy_avg


class MappingNetwork(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.beta = config.w_avg_beta
        self.track_numpy_avg = config.track_numpy_avg
        self.net = nn.SequentialCell([nn.Dense(config.z_dim if i == 0 else config.w_dim, config.w_dim, activation="relu")
                                      for i in range(config.num_layers)])
        self.w_avg = ms.Parameter(Tensor(np.zeros(config.w_dim, np.float32)), name="w_avg", requires_grad=False)
        self.w_avg_np = np.zeros(config.w_dim, np.float32)

    def _update_w_avg(self, w):
        new_avg = ops.lerp(w.mean(axis=0), self.w_avg, self.beta)
        ops.assign(self.w_avg, new_avg)
        if self.track_numpy_avg:
            self.w_avg_np = new_avg.asnumpy()
        return new_avg

    def construct(self, z):
        w = self.net(z)
        if self.training:
            self._update_w_avg(ops.stop_gradient(w))
        return w


def make():
    np.random.seed(3564)
    net = MappingNetwork(MappingConfig())
    net.set_train(True)
    z = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (z,)
