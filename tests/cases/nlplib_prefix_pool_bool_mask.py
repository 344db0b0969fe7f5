# case: encoder prefix pooler that averages only the non-pad token states by boolean-mask indexing before projecting into a decoder prompt vector -> bool-mask indexing yields a data-dependent row count, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_TOKEN_ID = 0


class PrefixConfig:
    def __init__(self, vocab_size=60, d_model=16, prompt_dim=8, pad_token_id=PAD_TOKEN_ID):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.prompt_dim = prompt_dim
        self.pad_token_id = pad_token_id


class PrefixPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model, padding_idx=config.pad_token_id)
        self.encoder = nn.SequentialCell([nn.Dense(config.d_model, config.d_model), nn.Tanh()])
        self.to_prompt = nn.Dense(config.d_model, config.prompt_dim)
        self.pad_token_id = config.pad_token_id

    def construct(self, input_ids, attention_mask=None):
        if attention_mask is None:
            attention_mask = ops.not_equal(input_ids, self.pad_token_id)
        states = self.encoder(self.embed(input_ids))
        kept = states[attention_mask.astype(ms.bool_)]
        pooled = kept.mean(axis=0, keep_dims=True)
        return self.to_prompt(pooled)


def make():
    np.random.seed(3367)
    cfg = PrefixConfig()
    ids = np.random.randint(1, cfg.vocab_size, size=(2, 8)).astype(np.int32)
    ids[0, 5:] = PAD_TOKEN_ID
    ids[1, 7:] = PAD_TOKEN_ID
    return PrefixPooler(cfg), (Tensor(ids),)
