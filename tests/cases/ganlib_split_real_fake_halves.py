# case: discriminator on a concatenated real+fake batch splits the logits in halves with n = x.shape[0] // 2 and slices x[:n] / x[n:] -> shape-only split points, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, loss_type="hinge", label_smoothing=0.0):
        self.loss_type = loss_type
        self.label_smoothing = label_smoothing


SUPPORTED_LOSSES = ("hinge", "nonsaturating")


class JointDiscriminatorLoss(nn.Cell):
    def __init__(self, disc, config):
        super().__init__()
        self.disc = disc
        if config.loss_type not in SUPPORTED_LOSSES:
            raise ValueError(f"unknown loss {config.loss_type}")
        self.loss_type = config.loss_type

    def construct(self, real, fake):
        images = ops.concat((real, ops.stop_gradient(fake)), axis=0)
        logits = self.disc(images).reshape(-1)
        n = logits.shape[0] // 2
        real_logits, fake_logits = logits[:n], logits[n:]
        if self.loss_type == "hinge":
            return ops.relu(1.0 - real_logits).mean() + ops.relu(1.0 + fake_logits).mean()
        return ops.softplus(-real_logits).mean() + ops.softplus(fake_logits).mean()


def make():
    np.random.seed(3570)
    disc = nn.SequentialCell([nn.Conv2d(3, 8, 3, stride=2, pad_mode="same"), nn.LeakyReLU(0.2),
                              nn.Flatten(), nn.Dense(8 * 4 * 4, 1)])
    net = JointDiscriminatorLoss(disc, LossConfig())
    real = Tensor(np.random.randn(3, 3, 8, 8).astype(np.float32))
    fake = Tensor(np.random.randn(3, 3, 8, 8).astype(np.float32))
    return net, (real, fake)
