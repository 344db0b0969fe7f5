# case: ACT loss in the lerobot style masks padded action steps by multiplying with ~action_is_pad, output class branch guarded by a return_dict flag that defaults to False -> static shapes and the class branch is not taken, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ACTConfig:
    def __init__(self, action_dim=14, chunk_size=16, hidden=32, return_dict=False):
        self.action_dim = action_dim
        self.chunk_size = chunk_size
        self.hidden = hidden
        self.return_dict = return_dict


class LossOutput:
    def __init__(self, loss, l1_loss):
        self.loss = loss
        self.l1_loss = l1_loss


class ACTHeadWithLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.action_head = nn.Dense(config.hidden, config.action_dim)

    def construct(self, feats, target, is_pad):
        pred = self.action_head(feats)
        keep = (~is_pad).astype(ms.float32).expand_dims(-1)
        l1 = ops.abs(pred - target) * keep
        l1_loss = l1.sum() / (keep.sum() * pred.shape[-1])
        loss = l1_loss
        if self.return_dict:
            return LossOutput(loss, l1_loss)
        return loss, l1_loss


def make():
    np.random.seed(3)
    cfg = ACTConfig()
    feats = Tensor(np.random.randn(2, cfg.chunk_size, cfg.hidden).astype(np.float32))
    target = Tensor(np.random.randn(2, cfg.chunk_size, cfg.action_dim).astype(np.float32))
    pad = np.zeros((2, cfg.chunk_size), dtype=np.bool_)
    pad[0, 12:] = True
    return ACTHeadWithLoss(cfg), (feats, target, Tensor(pad))
