# case: scheduled-sampling decoder whose teacher-forcing branch is guarded by self.training and labels is not None, run in eval mode without labels -> branch never taken, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Seq2SeqConfig:
    def __init__(self, horizon=4, hidden=16, cl_decay_steps=2000, use_curriculum_learning=True):
        self.horizon = horizon
        self.hidden = hidden
        self.cl_decay_steps = cl_decay_steps
        self.use_curriculum_learning = use_curriculum_learning


class ScheduledDecoder(nn.Cell):
    def __init__(self, n_nodes, config):
        super().__init__()
        self.horizon = config.horizon
        self.use_cl = config.use_curriculum_learning
        self.cell = nn.GRUCell(n_nodes, config.hidden)
        self.proj = nn.Dense(config.hidden, n_nodes)
        self.tf_ratio = Tensor(0.5, ms.float32)

    def construct(self, h, go, labels=None):
        dec_in = go
        outputs = ()
        for t in range(self.horizon):
            h = self.cell(dec_in, h)
            out = self.proj(h)
            outputs = outputs + (out,)
            dec_in = out
            if self.training and self.use_cl and labels is not None:
                coin = ops.uniform((1,), Tensor(0.0), Tensor(1.0))
                dec_in = ops.where(coin < self.tf_ratio, labels[t], out)
        return ops.stack(outputs)


def make():
    np.random.seed(3817)
    n, b = 6, 3
    net = ScheduledDecoder(n, Seq2SeqConfig())
    net.set_train(False)
    h = Tensor(np.zeros((b, 16), np.float32))
    go = Tensor(np.zeros((b, n), np.float32))
    return net, (h, go)
