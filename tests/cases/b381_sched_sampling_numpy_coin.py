# case: DCRNN decoder with scheduled sampling that flips a NumPy coin inside construct at every horizon step while training -> numpy random in construct, graph mode may reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Seq2SeqConfig:
    def __init__(self, horizon=4, hidden=16, cl_decay_steps=2000, use_curriculum_learning=True):
        self.horizon = horizon
        self.hidden = hidden
        self.cl_decay_steps = cl_decay_steps
        self.use_curriculum_learning = use_curriculum_learning


def teacher_forcing_prob(batches_seen, decay):
    return decay / (decay + np.exp(batches_seen / decay))


class ScheduledDecoder(nn.Cell):
    def __init__(self, n_nodes, config):
        super().__init__()
        self.horizon = config.horizon
        self.cl_decay_steps = config.cl_decay_steps
        self.use_cl = config.use_curriculum_learning
        self.cell = nn.GRUCell(n_nodes, config.hidden)
        self.proj = nn.Dense(config.hidden, n_nodes)
        self.batches_seen = 500

    def construct(self, h, go, labels=None):
        dec_in = go
        outputs = []
        for t in range(self.horizon):
            h = self.cell(dec_in, h)
            out = self.proj(h)
            outputs.append(out)
            dec_in = out
            if self.training and self.use_cl and labels is not None:
                c = np.random.uniform(0, 1)
                if c < teacher_forcing_prob(self.batches_seen, self.cl_decay_steps):
                    dec_in = labels[t]
        return ops.stack(outputs)


def make():
    np.random.seed(3816)
    n, b = 6, 3
    net = ScheduledDecoder(n, Seq2SeqConfig())
    net.set_train(True)
    h = Tensor(np.zeros((b, 16), np.float32))
    go = Tensor(np.zeros((b, n), np.float32))
    labels = Tensor(np.random.randn(4, b, n).astype(np.float32))
    return net, (h, go, labels)
