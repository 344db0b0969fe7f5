# case: BERT embeddings that unpad the batch to its longest row only when the config class says so; the class-body flag is False -> the unpadding is never compiled: static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BertConfig:
    vocab_size = 30
    hidden_size = 16
    max_position_embeddings = 16
    unpad_inputs = False


def unpad_batch(input_ids, attention_mask):
    max_len = attention_mask.sum(axis=1).max()
    return input_ids[:, :max_len], attention_mask[:, :max_len]


class BertEmbeddingsUnpadded(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.unpad_inputs = config.unpad_inputs
        self.word_embeddings = nn.Embedding(config.vocab_size, config.hidden_size)
        self.position_embeddings = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, input_ids, attention_mask):
        if self.unpad_inputs:
            input_ids, attention_mask = unpad_batch(input_ids, attention_mask)
        seq_len = input_ids.shape[1]
        pos = ops.arange(seq_len, dtype=ms.int32)[None, :]
        emb = self.word_embeddings(input_ids) + self.position_embeddings(pos)
        return self.norm(emb) * attention_mask[..., None].astype(emb.dtype)


def make():
    np.random.seed(55)
    emb = BertEmbeddingsUnpadded(BertConfig())
    ids = np.random.randint(1, 30, size=(2, 10)).astype(np.int32)
    mask = np.zeros((2, 10), dtype=np.int32)
    mask[0, :7] = 1
    mask[1, :4] = 1
    ids[mask == 0] = 0
    return emb, (Tensor(ids), Tensor(mask))
