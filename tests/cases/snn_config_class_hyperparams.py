# case: plain Python config class read in __init__, neuron parameters stored as Python floats, Cell uses them in a fixed-step loop -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SNNConfig:
    num_steps = 6
    tau_mem = 10.0
    tau_syn = 5.0
    dt = 1.0
    v_th = 0.6
    hidden = 12


class CUBALayer(nn.Cell):
    def __init__(self, n_in, cfg=SNNConfig()):
        super().__init__()
        self.fc = nn.Dense(n_in, cfg.hidden)
        self.alpha = float(np.exp(-cfg.dt / cfg.tau_syn))
        self.beta = float(np.exp(-cfg.dt / cfg.tau_mem))
        self.v_th = cfg.v_th
        self.num_steps = cfg.num_steps

    def construct(self, x):
        i_in = self.fc(x)
        syn = ops.zeros_like(i_in)
        mem = ops.zeros_like(i_in)
        spk_count = ops.zeros_like(i_in)
        for _ in range(self.num_steps):
            syn = self.alpha * syn + i_in
            mem = self.beta * mem + syn
            spk = (mem > self.v_th).astype(ms.float32)
            mem = mem * (1.0 - spk)
            spk_count += spk
        return spk_count


def make():
    np.random.seed(46)
    x = Tensor(np.random.rand(3, 7).astype(np.float32))
    return CUBALayer(7), (x,)
