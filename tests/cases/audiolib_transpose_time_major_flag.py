# case: RNN-T joint network that converts between batch-major and time-major layouts with a transpose permutation taken from a module-level constant chosen by a config flag -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BATCH_MAJOR = (0, 1, 2, 3)
TIME_MAJOR = (1, 0, 2, 3)


class JointConfig:
    def __init__(self, enc_dim=16, pred_dim=12, joint_dim=20, vocab_size=8, time_major=False):
        self.enc_dim = enc_dim
        self.pred_dim = pred_dim
        self.joint_dim = joint_dim
        self.vocab_size = vocab_size
        self.time_major = time_major


class JointNetwork(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lin_enc = nn.Dense(config.enc_dim, config.joint_dim)
        self.lin_pred = nn.Dense(config.pred_dim, config.joint_dim)
        self.out = nn.Dense(config.joint_dim, config.vocab_size)
        self.perm = TIME_MAJOR if config.time_major else BATCH_MAJOR

    def construct(self, enc, pred):
        h = ops.tanh(self.lin_enc(enc).expand_dims(2) + self.lin_pred(pred).expand_dims(1))
        logits = self.out(h)
        if self.perm != BATCH_MAJOR:
            logits = ops.transpose(logits, self.perm)
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(3341)
    net = JointNetwork(JointConfig(time_major=True))
    enc = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    pred = Tensor(np.random.randn(2, 4, 12).astype(np.float32))
    return net, (enc, pred)
