# case: CoOp-style prompt learner prepends learned context vectors to class-name token embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class PromptLearner(nn.Cell):
    def __init__(self, vocab_size=50, dim=16, n_ctx=4, class_token_ids=((5, 6), (7, 8), (9, 10))):
        super().__init__()
        self.token_embedding = nn.Embedding(vocab_size, dim)
        self.ctx = Parameter(initializer(Normal(0.02), (n_ctx, dim), ms.float32), name="prompt_ctx")
        self.class_tokens = Tensor(np.array(class_token_ids, np.int32))
        self.n_cls = len(class_token_ids)

    def construct(self):
        name_emb = self.token_embedding(self.class_tokens)           # (C, L, D)
        ctx = ops.broadcast_to(self.ctx.expand_dims(0), (self.n_cls,) + self.ctx.shape)
        return ops.concat((ctx, name_emb), axis=1)                    # (C, n_ctx+L, D)


class PromptedCLIPHead(nn.Cell):
    def __init__(self, img_dim=20, dim=16, n_ctx=4):
        super().__init__()
        self.prompt_learner = PromptLearner(dim=dim, n_ctx=n_ctx)
        self.text_encoder = nn.SequentialCell([nn.Dense(dim, dim), nn.GELU()])
        self.image_proj = nn.Dense(img_dim, dim)
        self.logit_scale = 10.0

    def construct(self, image_feats):
        prompts = self.prompt_learner()
        text = self.text_encoder(prompts).mean(axis=1)                # (C, D)
        text = text / ops.norm(text, dim=-1, keepdim=True)
        img = self.image_proj(image_feats)
        img = img / ops.norm(img, dim=-1, keepdim=True)
        return self.logit_scale * ops.matmul(img, text.T)


def make():
    np.random.seed(24)
    net = PromptedCLIPHead()
    img = Tensor(np.random.randn(2, 20).astype(np.float32))
    return net, (img,)
