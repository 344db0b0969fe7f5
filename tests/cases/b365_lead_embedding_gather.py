# case: lead-time conditioning that looks up a learned embedding with ops.gather using the lead-step index tensor from the batch -> index values from data but fixed index shape, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, TruncatedNormal


class CondConfig:
    def __init__(self, max_lead_steps=40, embed_dim=16, use_lead_embedding=True):
        self.max_lead_steps = max_lead_steps
        self.embed_dim = embed_dim
        self.use_lead_embedding = use_lead_embedding


class LeadConditionedNorm(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_lead = config.use_lead_embedding
        self.norm = nn.LayerNorm((config.embed_dim,), epsilon=1e-6)
        self._init_embeddings(config)

    def _init_embeddings(self, config):
        shape = (config.max_lead_steps, 2 * config.embed_dim)
        self.lead_table = Parameter(initializer(TruncatedNormal(0.02), shape, ms.float32), name="lead_table")

    def construct(self, tokens, lead_idx):
        h = self.norm(tokens)
        if not self.use_lead:
            return h
        emb = ops.gather(self.lead_table, lead_idx, 0)
        scale, shift = ops.split(emb, emb.shape[-1] // 2, axis=-1)
        return h * (1.0 + scale[:, None, :]) + shift[:, None, :]


def make():
    np.random.seed(3681)
    cfg = CondConfig()
    net = LeadConditionedNorm(cfg)
    tokens = Tensor(np.random.randn(3, 32, cfg.embed_dim).astype(np.float32))
    lead_idx = Tensor(np.array([1, 4, 12], np.int32))
    return net, (tokens, lead_idx)
