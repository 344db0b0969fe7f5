# case: RoBERTa create_position_ids_from_input_ids helper (mask of non-padding tokens, cumsum, multiply by mask, add padding_idx) feeding the position embedding -> data-dependent values but fixed shapes, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def create_position_ids_from_input_ids(input_ids, padding_idx, past_key_values_length=0):
    mask = ops.ne(input_ids, padding_idx).astype(ms.int32)
    incremental_indices = (ops.cumsum(mask, axis=1).astype(mask.dtype) + past_key_values_length) * mask
    return incremental_indices.astype(ms.int32) + padding_idx


class RobertaConfig:
    vocab_size = 40
    hidden_size = 16
    max_position_embeddings = 24
    pad_token_id = 1
    layer_norm_eps = 1e-5


class RobertaEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.padding_idx = config.pad_token_id
        self.word_embeddings = nn.Embedding(config.vocab_size, config.hidden_size, padding_idx=self.padding_idx)
        self.position_embeddings = nn.Embedding(config.max_position_embeddings, config.hidden_size,
                                                padding_idx=self.padding_idx)
        self.LayerNorm = nn.LayerNorm((config.hidden_size,), epsilon=config.layer_norm_eps)

    def construct(self, input_ids, position_ids=None, past_key_values_length=0):
        if position_ids is None:
            position_ids = create_position_ids_from_input_ids(input_ids, self.padding_idx, past_key_values_length)
        embeddings = self.word_embeddings(input_ids) + self.position_embeddings(position_ids)
        return self.LayerNorm(embeddings)


def make():
    np.random.seed(45)
    emb = RobertaEmbeddings(RobertaConfig())
    ids = np.random.randint(2, 40, size=(2, 8)).astype(np.int32)
    ids[1, 5:] = 1
    return emb, (Tensor(ids),)
