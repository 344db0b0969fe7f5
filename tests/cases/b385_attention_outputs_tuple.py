# case: target-attention block returns (pooled,) or (pooled, weights) depending on output_attentions, and only wraps into an output class when return_dict is set, which the config never does -> flags are Python constants, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnOutput:
    def __init__(self, pooled, attentions=None):
        self.pooled = pooled
        self.attentions = attentions


class AttnConfig:
    def __init__(self, emb_dim=16, output_attentions=True, return_dict=False, scale=True):
        self.emb_dim = emb_dim
        self.output_attentions = output_attentions
        self.return_dict = return_dict
        self.scale = scale


class DotTargetAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_attentions = config.output_attentions
        self.return_dict = config.return_dict
        self.scale = config.emb_dim ** -0.5 if config.scale else 1.0
        self.q_proj = nn.Dense(config.emb_dim, config.emb_dim, has_bias=False)

    def construct(self, target, hist, mask=None):
        q = self.q_proj(target).expand_dims(1)
        scores = ops.matmul(q, hist.swapaxes(1, 2)).squeeze(1) * self.scale
        if mask is not None:
            scores = ops.where(mask > 0, scores, ops.full_like(scores, -1e9))
        weights = ops.softmax(scores, axis=-1)
        pooled = ops.matmul(weights.expand_dims(1), hist).squeeze(1)
        if self.return_dict:
            return AttnOutput(pooled, weights if self.output_attentions else None)
        outputs = (pooled, weights) if self.output_attentions else (pooled,)
        return outputs


def make():
    np.random.seed(3859)
    cfg = AttnConfig()
    mask = (np.arange(8)[None, :] < np.array([[3], [8], [5]])).astype(np.float32)
    target = Tensor(np.random.randn(3, 16).astype(np.float32))
    hist = Tensor(np.random.randn(3, 8, 16).astype(np.float32))
    return DotTargetAttention(cfg), (target, hist, Tensor(mask))
