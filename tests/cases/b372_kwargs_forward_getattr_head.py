# case: retrieval-reader wrapper forwards *args/**kwargs to its encoder and looks up an optional rank head with getattr(self, name, None) -> argument forwarding and constant getattr; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrieverReaderConfig:
    def __init__(self, hidden_size=16, use_rank_head=False, output_attentions=False):
        self.hidden_size = hidden_size
        self.use_rank_head = use_rank_head
        self.output_attentions = output_attentions


class PassageEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.hidden_size, activation="gelu")

    def construct(self, embeddings, attention_mask=None, scale=1.0):
        h = self.proj(embeddings) * scale
        if attention_mask is not None:
            h = h * attention_mask.expand_dims(-1)
        return h


class RetrieverReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = PassageEncoder(config)
        self.qa = nn.Dense(config.hidden_size, 2)
        if config.use_rank_head:
            self.rank_head = nn.Dense(config.hidden_size, 1)

    def encode(self, *args, **kwargs):
        return self.encoder(*args, **kwargs)

    def construct(self, embeddings, attention_mask):
        h = self.encode(embeddings, attention_mask=attention_mask, scale=0.5)
        logits = self.qa(h)
        rank_head = getattr(self, "rank_head", None)
        if rank_head is not None:
            return logits[..., 0], logits[..., 1], rank_head(h[:, 0]).squeeze(-1)
        return logits[..., 0], logits[..., 1]


def make():
    np.random.seed(3750)
    emb = Tensor(np.random.randn(4, 9, 16).astype(np.float32))
    mask = np.ones((4, 9), dtype=np.float32)
    mask[:, 7:] = 0
    return RetrieverReader(RetrieverReaderConfig()), (emb, Tensor(mask))
