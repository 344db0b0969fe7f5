# case: CLIP text transformer pooling that picks the hidden state at the EOS token via hidden[arange(batch), input_ids.argmax(-1)] and projects it -> tensor-index gather with one index per row, output shape fixed, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CLIPTextConfig:
    hidden_size = 16
    projection_dim = 8
    eos_token_id = 2


class CLIPTextPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eos_token_id = config.eos_token_id
        self.final_layer_norm = nn.LayerNorm((config.hidden_size,))
        self.text_projection = nn.Dense(config.hidden_size, config.projection_dim, has_bias=False)

    def construct(self, last_hidden_state, input_ids):
        last_hidden_state = self.final_layer_norm(last_hidden_state)
        if self.eos_token_id == 2:
            eos_index = input_ids.astype(ms.int32).argmax(axis=-1)
        else:
            eos_index = (input_ids == self.eos_token_id).astype(ms.int32).argmax(axis=-1)
        batch_index = ops.arange(last_hidden_state.shape[0], dtype=ms.int32)
        pooled_output = last_hidden_state[batch_index, eos_index]
        text_embeds = self.text_projection(pooled_output)
        return text_embeds / ops.norm(text_embeds, dim=-1, keepdim=True), pooled_output


def make():
    np.random.seed(46)
    pooler = CLIPTextPooler(CLIPTextConfig())
    hidden = Tensor(np.random.randn(3, 7, 16).astype(np.float32))
    ids = np.zeros((3, 7), dtype=np.int32)
    ids[0, :4] = [0, 1, 1, 2]
    ids[1, :6] = [0, 1, 1, 1, 1, 2]
    ids[2, :3] = [0, 1, 2]
    return pooler, (hidden, Tensor(ids))
