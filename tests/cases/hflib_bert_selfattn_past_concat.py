# case: BERT-style self-attention that concatenates an optional past key/value cache and returns (context, present) when use_cache -> static graph compiles; cache is a plain tuple input
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BertConfig:
    def __init__(self, hidden_size=32, num_attention_heads=4, use_cache=True, attention_probs_dropout_prob=0.0):
        self.hidden_size = hidden_size
        self.num_attention_heads = num_attention_heads
        self.use_cache = use_cache
        self.attention_probs_dropout_prob = attention_probs_dropout_prob


class BertSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_attention_heads
        self.head_dim = config.hidden_size // config.num_attention_heads
        self.all_head_size = self.num_heads * self.head_dim
        self.query = nn.Dense(config.hidden_size, self.all_head_size)
        self.key = nn.Dense(config.hidden_size, self.all_head_size)
        self.value = nn.Dense(config.hidden_size, self.all_head_size)
        self.dropout = nn.Dropout(p=config.attention_probs_dropout_prob)
        self.use_cache = config.use_cache

    def transpose_for_scores(self, x):
        new_shape = x.shape[:-1] + (self.num_heads, self.head_dim)
        return x.view(new_shape).transpose(0, 2, 1, 3)

    def construct(self, hidden_states, attention_mask=None, past_key_value=None):
        query_layer = self.transpose_for_scores(self.query(hidden_states))
        key_layer = self.transpose_for_scores(self.key(hidden_states))
        value_layer = self.transpose_for_scores(self.value(hidden_states))
        if past_key_value is not None:
            key_layer = ops.cat((past_key_value[0], key_layer), axis=2)
            value_layer = ops.cat((past_key_value[1], value_layer), axis=2)
        present = (key_layer, value_layer) if self.use_cache else None
        scores = ops.matmul(query_layer, key_layer.swapaxes(-1, -2)) / math.sqrt(self.head_dim)
        if attention_mask is not None:
            scores = scores + attention_mask
        probs = self.dropout(ops.softmax(scores, axis=-1))
        context = ops.matmul(probs, value_layer).transpose(0, 2, 1, 3)
        context = context.reshape(context.shape[:-2] + (self.all_head_size,))
        outputs = (context,)
        if self.use_cache:
            outputs = outputs + (present,)
        return outputs


def make():
    np.random.seed(331)
    cfg = BertConfig()
    cell = BertSelfAttention(cfg)
    hidden = Tensor(np.random.randn(2, 3, 32).astype(np.float32))
    past = (Tensor(np.random.randn(2, 4, 5, 8).astype(np.float32)),
            Tensor(np.random.randn(2, 4, 5, 8).astype(np.float32)))
    mask = Tensor(np.zeros((2, 1, 3, 8), dtype=np.float32))
    return cell, (hidden, mask, past)
