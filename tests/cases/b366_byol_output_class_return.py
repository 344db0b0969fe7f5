# case: BYOL model returning a small plain-Python output class (return_dict=True by default in the config) from construct -> Graph mode rejects the custom class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BYOLModelConfig:
    def __init__(self, dim=8, proj_dim=4, return_dict=True):
        self.dim = dim
        self.proj_dim = proj_dim
        self.return_dict = return_dict


class SSLOutput:
    def __init__(self, loss=None, online_proj=None, target_proj=None):
        self.loss = loss
        self.online_proj = online_proj
        self.target_proj = target_proj


class BYOLModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.online = nn.Dense(config.dim, config.proj_dim)
        self.target = nn.Dense(config.dim, config.proj_dim)
        self.predictor = nn.Dense(config.proj_dim, config.proj_dim)
        self.return_dict = config.return_dict

    def construct(self, v1, v2, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        p = self.predictor(self.online(v1))
        t = ops.stop_gradient(self.target(v2))
        loss = 2 - 2 * ops.cosine_similarity(p, t, dim=-1).mean()
        if not return_dict:
            return (loss, p, t)
        return SSLOutput(loss=loss, online_proj=p, target_proj=t)


def make():
    np.random.seed(3678)
    cfg = BYOLModelConfig()
    v1 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    v2 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    return BYOLModel(cfg), (v1, v2)
